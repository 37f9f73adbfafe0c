// Started by `mvn -Pinstaller package` (exec-maven-plugin, with the Maven toolchain's Java 25): runs the
// installer script for this OS and hands it the JDK this program runs on, so jlink and jpackage come
// from the same JDK 25 the build selected (exec-maven-plugin's <toolchain> finds `java`, not jpackage).
//
//   java installer/Build.java [type=app-image|deb|rpm|dmg|pkg|msi|exe] [aot=true|false]
//
// Linux and macOS: installer/build.sh; Windows: installer/build.ps1 (through PowerShell).
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class Build {
    public static void main(String[] args) throws Exception {
        String type = "";
        boolean aot = true;
        for (String arg : args) {
            if (arg.startsWith("type=")) {
                type = arg.substring(5).trim();
            } else if (arg.startsWith("aot=")) {
                aot = !arg.substring(4).trim().equalsIgnoreCase("false");
            } else if (!arg.isBlank()) {
                System.err.println("Build.java: unknown argument " + arg);
                System.exit(2);
            }
        }
        Path dir = Path.of(System.getProperty("user.dir"), "installer");
        String jdk = System.getProperty("java.home");
        if (!Files.isExecutable(Path.of(jdk, "bin", isWindows() ? "jpackage.exe" : "jpackage"))) {
            System.err.println("[installer] the build's JDK " + jdk + " has no jpackage (a JRE?); the script looks for another JDK 25");
            jdk = "";
        }
        List<String> cmd = new ArrayList<>();
        if (isWindows()) {
            cmd.addAll(List.of("powershell.exe", "-NoProfile", "-ExecutionPolicy", "Bypass", "-File",
                    dir.resolve("build.ps1").toString()));
            if (!jdk.isEmpty()) cmd.addAll(List.of("-Jdk", jdk));
            if (!type.isEmpty()) cmd.addAll(List.of("-Type", type));
            if (!aot) cmd.add("-NoAot");
        } else {
            cmd.addAll(List.of("bash", dir.resolve("build.sh").toString()));
            if (!jdk.isEmpty()) cmd.addAll(List.of("--jdk", jdk));
            if (!type.isEmpty()) cmd.addAll(List.of("--type", type));
            if (!aot) cmd.add("--no-aot");
        }
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        System.exit(p.waitFor());
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
