package org.switchboard.service.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases that make a reply send the customer elsewhere ("wenden Sie sich bitte an", "please contact",
 * "DM us", "dieser Kanal dient nur der Information") or take ownership ("wir haben … weitergeleitet",
 * "we'll get back to you by Friday", a reference number, a date), German and English.
 *
 * <p>Each kind of signal counts once, however often it occurs: a reply that says "please contact" twice does
 * not send the customer away twice as much. Weights are log-odds; {@link DeflectionScore} adds them up.
 * Stateless and thread-safe; any thread.
 */
final class ReplySignals {
    /** One signal found in a reply. {@code weight > 0} speaks for a deflection, {@code < 0} for real help. */
    /** {@code quote}: the words of the reply that show it (null for a signal of the whole reply). */
    record Signal(String kind, double weight, String reason, String quote) {
        boolean deflecting() {
            return weight > 0;
        }
    }

    private record Rule(String kind, double weight, String what, Pattern pattern) {}

    /** No sentence break in between: the words belong to one statement. */
    private static final String GAP = "[^.!?\\n]{0,60}?";
    private static final String LONG_GAP = "[^.!?\\n]{0,100}?";
    private static final String DAY = "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|mon|tue|wed|thu|fri)";
    private static final String MONTH = "(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*";

    private static final String OWN_DONE_DE = "\\b(?:weitergeleitet|weitergegeben|gemeldet|gegeben|gebeten|informiert"
            + "|veranlasst|beauftragt|dazugenommen|zusammengetragen|nachgefragt|angerufen|angestoßen|angestossen"
            + "|aufgenommen|geschickt|bestellt|reserviert|nachgeschaut|geklärt|erstattet|eingetragen|gebucht)\\b";

    static final String REDIRECT = "redirect";
    static final String RESPONSIBLE_ELSEWHERE = "responsible-elsewhere";
    static final String FORM = "form";
    static final String INFO_ONLY = "info-only";
    static final String DM = "dm";
    static final String HELP_THERE = "help-there";

    private static final List<Rule> RULES = List.of(
            // --- sending the customer elsewhere
            rule(REDIRECT, 2.0, "sends the customer elsewhere",
                    "\\b(?:wenden|wende|wendet)\\b" + LONG_GAP + "\\b(?:an|ans|dorthin)\\b",
                    "\\bzu wenden\\b",
                    "\\b(?:kontaktieren|kontaktiere|kontaktiert)\\b(?! (?:wir|ich)\\b)",
                    "\\bschreib(?:en|t|e)?\\b(?: sie| du| ihr)?(?: bitte| doch| gerne?| am besten| direkt| einfach)*"
                            + "(?: eine| ne)?(?: e-?mail| mail| nachricht| brief)?(?: bitte| direkt| schriftlich)* an\\b",
                    "\\bmelden sie sich\\b(?! [^.!?\\n]{0,20}\\b(?:uns|mir)\\b)" + GAP + "\\b(?:bei|beim|unter|direkt)\\b",
                    "\\bmelde dich\\b(?! [^.!?\\n]{0,20}\\b(?:uns|mir)\\b)" + GAP + "\\b(?:bei|beim|unter)\\b",
                    "\\b(?:bitte )?dort melden\\b",
                    "\\bmelden sie\\b(?: bitte)?(?: direkt)? (?:über|ueber|bei|beim|telefonisch)\\b",
                    "(?<!wir |ich )\\b(?:rufen sie|ruf|ruft)\\b(?! (?:uns|mich)\\b)" + GAP + "\\ban\\b",
                    "\\brichten sie\\b" + GAP + "\\ban\\b",
                    "\\bwir bitten sie,? sich\\b",
                    "\\b(?:please|pls|plz|kindly)\\s+(?:\\w+\\s+){0,2}?(?:contact|call|ring|email|e-mail|mail|write to"
                            + "|reach out|get in touch|phone|direct|drop|send (?:an? )?(?:email|e-mail|message) to)\\b",
                    "\\b(?:you can|you could|you'll need to|you will need to|you need to|you have to|you must|could you"
                            + "|best to|feel free to|you may)\\s+(?:also\\s+)?(?:contact|call|ring|email|e-mail"
                            + "|write to|reach out|get in touch|raise|report|phone|drop)\\b",
                    "\\b(?:reach out to|get in touch with)\\b(?! (?:you|the customer)\\b)",
                    "\\bshould be (?:directed|sent|addressed|raised|reported)\\b",
                    "\\bdrop (?:the |our )?[\\w ]{0,30}\\ban? (?:email|e-mail|line|message)\\b"),
            rule(RESPONSIBLE_ELSEWHERE, 1.5, "says someone else is responsible",
                    "\\b(?:ist|sind)\\b" + GAP + "\\bzust(?:ä|ae|a)ndig\\b",
                    "\\bzust(?:ä|ae|a)ndig (?:ist|sind)\\b",
                    "\\bnicht (?:der|die) richtige\\b|\\brichtige (?:anlaufstelle|ansprechpartner)",
                    "\\bin der verantwortung de[sr]\\b",
                    "\\b(?:vergibt|vergeben|beantwortet|bearbeitet)\\b" + GAP + "\\b(?:die|das|der|unser)\\b"
                            + GAP + "\\b(?:amt|abfallwirtschaft|kundenservice|stelle|büro|buero)\\b",
                    "\\b(?:is|are) (?:handled|dealt with|managed) by\\b",
                    "\\b(?:the )?(?:right|correct|best) (?:place|team|contact|people|department)\\b",
                    "\\bthe best way to (?:report|raise|get)\\b"),
            rule(FORM, 1.8, "points to a form, portal or website",
                    "\\b(?:nutze|nutzen|nutzt|benutzen|verwenden)\\b" + GAP
                            + "(?:formular|mängelmelder|maengelmelder|portal|app\\b|online|website|webseite)",
                    "\\b(?:über|ueber|via|per) (?:das|den|unser|unseren|die|unsere) ?(?:online-?)?(?:kontakt)?"
                            + "(?:formular|mängelmelder|maengelmelder|portal)",
                    "\\b(?:mängelmelder|maengelmelder)\\b" + GAP + "\\bmelden\\b",
                    "\\bmelden\\b" + GAP + "\\b(?:mängelmelder|maengelmelder)\\b",
                    "\\bonline (?:unter|auf|buchen|beantragen)\\b",
                    "\\bformular gibt es\\b",
                    "\\b(?:findest du|finden sie|findet ihr)\\b" + GAP + "\\b(?:website|webseite|homepage|seite)\\b",
                    "\\bauf unserer (?:web)?seite\\b|\\bauf unserer website\\b",
                    "\\b(?:use|fill in|fill out|submit|complete)\\b" + GAP + "\\b(?:form|portal|app|tool|website)\\b",
                    "\\b(?:via|through|on|using|at) (?:our|the) " + GAP + "\\b(?:form|portal|app|tool|website|page)\\b",
                    "\\b(?:visit|check|see) (?:our|the) (?:website|site|homepage|page|faq|faqs)\\b",
                    "\\bopen a (?:ticket|case|request)\\b",
                    "\\bofficial channels\\b",
                    "\\breporting tool\\b"),
            rule(INFO_ONLY, 2.5, "says this channel cannot help",
                    "\\b(?:dient|dienen)\\b" + GAP + "\\b(?:nur|ausschließlich|ausschliesslich|lediglich)\\b" + GAP
                            + "\\binformation",
                    "\\binformationskanal\\b|\\binfokanal\\b",
                    "\\b(?:for )?information (?:only|purposes only)\\b|\\binformation channel\\b",
                    "\\b(?:not|isn't|is not) monitored\\b|\\b(?:don't|do not) monitor\\b",
                    "\\bnicht (?:rund um die uhr )?betreut\\b",
                    "\\b(?:können|koennen|kann)\\b" + GAP + "\\b(?:keine|nicht)\\b" + GAP
                            + "(?:bearbeiten|klären|klaeren|beantworten|auskunft|weiterhelfen|einzelf)",
                    "\\b(?:keine|nicht)\\b" + GAP + "\\b(?:klären|klaeren|bearbeiten|beantworten) (?:können|koennen)\\b",
                    "\\bnicht als (?:beschwerden|anfragen) bearbeitet\\b",
                    "\\blaufen nicht über\\b",
                    "\\bnicht zust(?:ä|ae|a)ndig\\b|\\bnicht unsere zust(?:ä|ae|a)ndigkeit\\b",
                    "\\b(?:can't|cannot|can not|are unable to|aren't able to|unable to)\\b" + GAP
                            + "\\b(?:help|deal|handle|process|look into|assist|answer)\\b",
                    "\\bnot something we (?:deal|handle|can)\\b",
                    "\\b(?:not|aren't|isn't) (?:handled|dealt with) (?:by|here)\\b",
                    "\\bnot responsible\\b",
                    "\\b(?:have|has) no access\\b",
                    "\\bonly (?:a|the) (?:press|social media|information)\\b"),
            rule(DM, 1.6, "only asks for a direct message",
                    "\\bdm us\\b",
                    "\\bsend us (?:a |an )?(?:dm|direct message|pm|private message)\\b",
                    "\\b(?:per|via|by|in) (?:dm|pn|direct message|direktnachricht|privatnachricht)\\b",
                    "\\b(?:schick|schreib)\\w* uns (?:eine |ne )?(?:pn|dm|direktnachricht|private nachricht|nachricht)\\b"),
            rule(HELP_THERE, 1.0, "says they will help there",
                    "\\b(?:dort|da|die|sie)\\b" + GAP + "\\b(?:weiterhelfen|weiter helfen)\\b",
                    "\\bhelfen\\b" + GAP + "\\b(?:dort|da)\\b" + GAP + "\\bweiter\\b",
                    "\\bbeantwortet (?:dir|ihnen|euch)\\b",
                    "\\b(?:they|the team|colleagues)(?:'ll| will)? (?:be happy|be glad|happy|glad|can|could) to "
                            + "(?:help|assist)\\b",
                    "\\b(?:they|who) can (?:help|assist|check)\\b|\\bthey'll know\\b",
                    "\\bwill pick it up\\b",
                    "\\bshould be answered there\\b|\\bfrom there\\b"),
            // --- taking ownership
            rule("forwarded", -2.5, "takes ownership",
                    "\\b(?:wir|ich)\\s+(?:haben|hab|habe)\\b" + LONG_GAP + OWN_DONE_DE,
                    "\\b(?:haben|habe) (?:wir|ich)\\b" + LONG_GAP + OWN_DONE_DE,
                    "\\b(?:geben|leiten|gebe|leite) (?:wir|ich)\\b" + LONG_GAP + "\\bweiter\\b",
                    "\\b(?:wir|ich) (?:geben|leiten|gebe|leite)\\b" + LONG_GAP + "\\bweiter\\b",
                    "\\b(?:stellen|erledigen|übernehmen) (?:wir|ich)\\b",
                    "\\b(?:we|i)(?:'ve| have| just| already)+\\s+(?:\\w+\\s+){0,2}?(?:passed|forwarded|reported|asked|raised"
                            + "|logged|sent|flagged|checked|booked|ordered|contacted|escalated|filed|spoken|called"
                            + "|arranged|requested)\\b"),
            rule("future", -2.0, "promises a next step",
                    "\\b(?:wir|ich)\\s+(?:melde|melden)\\s+(?:uns|mich)\\b|\\bmelden uns\\b|\\bmelde mich\\b",
                    "\\b(?:ich|wir) kümmer|\\bkümmer\\w* (?:ich|wir)\\b",
                    "\\b(?:wir|ich) (?:sagen|geben|gebe|sage)\\b" + GAP + "\\bbescheid\\b",
                    "\\bhalten (?:wir )?(?:sie|dich|euch)\\b" + GAP + "\\bauf dem laufenden\\b",
                    "\\b(?:ich|wir) (?:prüfe|prüfen|schaue|schauen|kläre|klären|hake|haken|rufe|rufen|posten|poste)\\b",
                    "\\b(?:prüfen|schauen|klären|haken|posten|rufen) (?:wir|ich)\\b",
                    "\\b(?:sie|du|ihr) (?:hören|hörst|bekommen|bekommst|erhalten|erhältst)\\b" + GAP
                            + "\\b(?:von uns|rückmeldung|bis)\\b",
                    "\\b(?:meldet sich|ruft)\\b" + GAP + "\\b(?:bis|spätestens|morgen|heute|zurück)\\b",
                    "\\bsoll ich\\b",
                    "\\bsind (?:schon |bereits )?dran\\b|\\b(?:ist|sind) (?:bereits |schon )?(?:vor ort|unterwegs)\\b",
                    "\\b(?:wird|werden)\\b" + GAP + "\\b(?:repariert|behoben|entfernt|getauscht|geleert|nachgeleert"
                            + "|ausgetauscht|erstattet|umgebaut|geräumt|ersetzt|abgeholt)\\b",
                    "\\b(?:räumt|kommt)\\b" + GAP + "\\b(?:heute|morgen|am|laut|vorbei)\\b",
                    "\\b(?:we|i)(?:'ll| will| are going to|'re going to| shall)\\s+(?:\\w+\\s+){0,2}?(?:get back|update"
                            + "|let you know|come back|follow up|fix|check|look|chase|keep|post|boost|file|pass|get|send"
                            + "|be in touch|call|sort|arrange|book|refund|replace|repair|check in)\\b",
                    "\\b(?:we're|we are|i'm|i am) (?:checking|looking|on it|working|chasing|following)\\b",
                    "\\b(?:they|he|she|the \\w+(?: \\w+)?)(?:'ll| will) (?:fill|fix|repair|replace|remove|call you"
                            + "|publish|empty|clear|come|visit|be gone|be back|be fixed|be repaired)\\b",
                    "\\b(?:will|'ll) call you back\\b|\\bon (?:the|its|their) way\\b|\\bkeep you posted\\b",
                    "\\b(?:you'll|you will) (?:hear|get|receive)\\b|\\bis expected\\b|\\bexpect to\\b",
                    "\\b(?:it'll|it will) be (?:gone|fixed|back|repaired|done)\\b"),
            rule("done", -1.5, "reports what has been done",
                    "\\b(?:has|have) been (?:removed|fixed|repaired|checked|corrected|replaced|cleared|emptied|booked"
                            + "|logged|reported|forwarded|asked|refunded)\\b",
                    "\\b(?:is|are) (?:now )?(?:working|running|back|booked|logged) (?:again|for|in)?\\b",
                    "\\bwieder (?:in betrieb|repariert|frei|offen)\\b|\\bist erledigt\\b|\\bbereits erledigt\\b",
                    "\\b(?:ist|sind|wurde|wurden)\\b" + GAP + "\\b(?:gemeldet|aufgenommen|informiert|übernommen"
                            + "|abgegeben|repariert|behoben|entfernt)\\b",
                    "\\bhat\\b" + GAP + "\\b(?:übernommen|bestätigt|repariert|behoben)\\b",
                    "\\b(?:already|has) (?:corrected|fixed|booked|removed|repaired|ordered)\\b|\\bgood news\\b"
                            + "|\\bwas handed in\\b"),
            rule("reference", -1.2, "gives a reference number",
                    "\\bsb-\\d{4}-\\d{3,}\\b",
                    "\\b(?:nr|no|vorgang|vorgangsnummer|ref|reference|referenz|ticketnummer|ticket)\\b\\.?\\s*[:#]?\\s*"
                            + "(?:lautet |is )?[a-z]{0,3}-?\\d{3,}"),
            rule("deadline", -0.8, "names a date or deadline",
                    "\\b(?:bis|spätestens|am|ab|by|on|until|before|within|innerhalb von|nächste[nrs]?|next|this)\\s+"
                            + "(?:" + DAY + "\\b|morgen|tomorrow|heute|today|end of|week|woche|\\d{1,2}\\.\\s?\\d{1,2}\\."
                            + "|\\d{1,2}\\.? " + MONTH + "|" + MONTH + " \\d{1,2}|\\d+ (?:werktag|working day|tag|day))",
                    "\\b(?:morgen früh|morgen vormittag|heute nachmittag|this week|diese woche|tomorrow|heute)\\b"),
            rule("apology", -0.3, "apologises",
                    "tut (?:uns|mir) (?:sehr |wirklich )?leid|entschuldig|\\bsorry\\b|\\bapolog"),
            rule("asks-to-act", -1.8, "asks for details in order to act",
                    "\\b(?:dann|damit)\\b" + GAP + "\\b(?:wir|ich)\\b",
                    "\\b(?:so (?:that )?(?:we|i) can|and (?:we|i)(?:'ll| will)|then (?:we|i)(?:'ll| will))\\b"),
            rule("no-need", -1.5, "spares the customer the extra step",
                    "\\b(?:no need to|you don't need to|you do not need to|du musst nicht|sie müssen nicht|nicht extra"
                            + "|brauchst nicht|brauchen nicht)\\b"));

    private ReplySignals() {}

    private static Rule rule(String kind, double weight, String what, String... patterns) {
        return new Rule(kind, weight, what, Pattern.compile(String.join("|", patterns),
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS));
    }

    /** The kinds of signal the phrases of a reply can show. */
    static List<String> kinds() {
        return RULES.stream().map(Rule::kind).toList();
    }

    /** Every kind of signal {@code normalised} (see {@link #normalise}) shows, with the words that show it. */
    static List<Signal> find(String normalised, String original) {
        List<Signal> out = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(normalised);
            if (m.find()) {
                String quote = quote(original, m.start(), m.end());
                out.add(new Signal(r.kind(), r.weight(), r.what() + ": \"" + quote + "\"", quote));
            }
        }
        return out;
    }

    /**
     * Lower case, composed umlauts, one kind of apostrophe and dash, runs of spaces as one space. Keeps every
     * offset, so that a match can be quoted from the original text.
     */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(switch (c) {
                case '\u2019', '\u2018', '`', '\u00b4' -> '\'';
                case '\u2013', '\u2014', '\u2011' -> '-';
                case '\t', '\u00a0', '\u202f' -> ' ';
                case '\r' -> '\n';
                default -> Character.toLowerCase(c);
            });
        }
        return sb.toString();
    }

    /** The matched words as written, shortened, on one line. */
    static String quote(String original, int start, int end) {
        String s = original.substring(Math.max(0, start), Math.min(original.length(), end)).replaceAll("\\s+", " ")
                .strip();
        return s.length() > 80 ? s.substring(0, 40) + " … " + s.substring(s.length() - 30) : s;
    }
}
