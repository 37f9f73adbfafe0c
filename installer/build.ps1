# Builds Switchboard's Windows installer: the Windows counterpart of build.sh (same steps, ADR 0013).
#
#   installer\build.cmd [-Type msi|exe|app-image] [-Jdk DIR] [-NoAot]
#   (or: mvn -Pinstaller -DskipTests package   [-Dinstaller.type=app-image])
#
# Needs target\switchboard.jar and target\lib\ (mvn package), a JDK 25 (jlink, jpackage) and, for
# msi/exe, the WiX Toolset (3.x: candle.exe/light.exe on PATH; or 4/5: wix.exe, `dotnet tool install
# --global wix`). The MSI installs per user (no administrator rights) into %LOCALAPPDATA%\Switchboard,
# adds a Start-menu entry and a desktop shortcut, and keeps one upgrade code so a newer version
# replaces the older one. Output: target\installer\.
param(
  [string]$Type = $(if ($env:INSTALLER_TYPE) { $env:INSTALLER_TYPE } else { "msi" }),
  [string]$Jdk = $env:INSTALLER_JDK,
  [switch]$NoAot,
  [string]$Dest = ""
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
$Target = Join-Path $Root "target"
if (-not $Dest) { $Dest = Join-Path $Target "installer" }
$Name = "Switchboard"
$MainClass = "org.switchboard.app.Main"
# Never change: Windows Installer recognises earlier versions of Switchboard by this code (ADR 0013).
$UpgradeUuid = "303e9b1a-3ff8-4544-8c75-93992ba78eb1"

function Log($m) { Write-Host "[installer] $m" }
function Die($m) { Write-Error "[installer] ERROR: $m"; exit 1 }

if ($Type -notin @("msi", "exe", "app-image")) { Die "installer type '$Type' cannot be built on Windows (msi, exe, app-image)" }

# --- the JDK 25 with jlink and jpackage ---
function Test-Jdk25($d) {
  if (-not $d) { return $false }
  if (-not (Test-Path (Join-Path $d "bin\jpackage.exe")) -or -not (Test-Path (Join-Path $d "bin\jlink.exe"))) { return $false }
  $release = Join-Path $d "release"
  if (-not (Test-Path $release)) { return $false }
  $m = Select-String -Path $release -Pattern '^JAVA_VERSION="(\d+)' | Select-Object -First 1
  return ($m -and [int]$m.Matches[0].Groups[1].Value -ge 25)
}
$candidates = @($Jdk, $env:JAVA_HOME_25, $env:JAVA_HOME)
foreach ($base in @("$env:ProgramFiles\Eclipse Adoptium", "$env:ProgramFiles\Java", "$env:ProgramFiles\Microsoft",
                    "$env:ProgramFiles\Zulu", "$env:LOCALAPPDATA\Programs\Eclipse Adoptium")) {
  if (Test-Path $base) { $candidates += (Get-ChildItem $base -Directory | Where-Object Name -match "25" | ForEach-Object FullName) }
}
$Jdk = $candidates | Where-Object { Test-Jdk25 $_ } | Select-Object -First 1
if (-not $Jdk) { Die "no JDK 25 with jlink and jpackage found (looked at -Jdk, JAVA_HOME_25, JAVA_HOME, Program Files). Install a full JDK 25 (e.g. Temurin 25) or pass -Jdk DIR." }
Log "JDK: $Jdk"
$bin = Join-Path $Jdk "bin"

if ($Type -ne "app-image") {
  $wix3 = Get-Command candle.exe -ErrorAction SilentlyContinue
  $wix4 = Get-Command wix.exe -ErrorAction SilentlyContinue
  if (-not $wix3 -and -not $wix4) { Die "an MSI needs the WiX Toolset: WiX 3 (candle.exe, light.exe on PATH) or WiX 4/5 (dotnet tool install --global wix)" }
}

# --- inputs ---
$jar = Join-Path $Target "switchboard.jar"
$lib = Join-Path $Target "lib"
if (-not (Test-Path $jar) -or -not (Test-Path $lib)) { Die "target\switchboard.jar and target\lib\ are missing: run 'mvn -DskipTests package' first" }
[xml]$pom = Get-Content (Join-Path $Root "pom.xml")
$pomVersion = $pom.project.version
$appVersion = ($pomVersion -replace '[^0-9.].*$', '').TrimEnd('.')   # 0.1.0-SNAPSHOT -> 0.1.0 (MSI: numbers only)
Log "version $pomVersion -> package version $appVersion; type $Type"

$work = Join-Path $Dest "work"
foreach ($p in @($work, (Join-Path $Dest $Name))) { if (Test-Path $p) { Remove-Item -Recurse -Force $p } }
New-Item -ItemType Directory -Force -Path (Join-Path $work "input\lib") | Out-Null
Copy-Item $jar (Join-Path $work "input")
$fxJars = @()
foreach ($j in Get-ChildItem $lib -Filter *.jar) {
  if ($j.Name -match '^javafx-.*-\d[\d.]*-.+\.jar$') { $fxJars += $j.FullName }   # javafx-graphics-26.0.1-win.jar: a real module
  elseif ($j.Name -like 'javafx-*') { }                                           # empty jar without classifier
  else { Copy-Item $j.FullName (Join-Path $work "input\lib") }
}
if ($fxJars.Count -lt 3) { Die "JavaFX platform jars (javafx-*-<version>-win.jar) not found in target\lib" }

# --- 1. runtime (see build.sh for why these modules) ---
if ($env:INSTALLER_JDK_MODULES) { $jdkModules = $env:INSTALLER_JDK_MODULES } else {
  Log "jdeps: finding the JDK modules the application needs"
  $jdkModules = (& "$bin\jdeps.exe" --print-module-deps --ignore-missing-deps --multi-release 25 --class-path "$lib\*" $jar | Select-Object -Last 1)
  if ($LASTEXITCODE -ne 0) { Die "jdeps failed" }
}
$modules = "$jdkModules,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.httpserver,jdk.unsupported,jdk.naming.dns,jdk.management,javafx.base,javafx.graphics,javafx.controls"
Log "runtime modules: $modules"
& "$bin\jlink.exe" --module-path ($fxJars -join ';') --add-modules $modules --strip-debug --no-man-pages `
  --no-header-files --strip-native-commands --output (Join-Path $work "runtime")
if ($LASTEXITCODE -ne 0) { Die "jlink failed" }

# --- 2. app-image: Switchboard.exe (window, no console) and switchboard-cli.exe (console) ---
$common = @("--name", $Name, "--app-version", $appVersion, "--vendor", "Switchboard",
  "--description", "Social media customer care: one queue, case notes, tracked internal forwarding",
  "--copyright", "Switchboard contributors")
$icon = Join-Path $Root "icons\switchboard.ico"
Log "jpackage: app-image"
& "$bin\jpackage.exe" --type app-image @common --input (Join-Path $work "input") --main-jar switchboard.jar `
  --main-class $MainClass --runtime-image (Join-Path $work "runtime") --icon $icon `
  --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED" --java-options "-Dfile.encoding=UTF-8" `
  --java-options "-Xlog:disable" --java-options "-Xlog:all=warning,aot*=off,cds*=off:stderr" `
  --add-launcher "switchboard-cli=$(Join-Path $PSScriptRoot 'windows\switchboard-cli.properties')" --dest $Dest
if ($LASTEXITCODE -ne 0) { Die "jpackage app-image failed" }
$image = Join-Path $Dest $Name
$appDir = Join-Path $image "app"
$cli = Join-Path $image "switchboard-cli.exe"

# --- 3. AOT cache (training run on the image's own console launcher; see build.sh) ---
if (-not $NoAot) {
  Log "AOT cache: training run"
  $train = Join-Path ([IO.Path]::GetTempPath()) ("switchboard-aot-" + [guid]::NewGuid())
  New-Item -ItemType Directory -Path $train | Out-Null
  & $cli --data-dir "$train\data" demo | Out-Null
  if ($LASTEXITCODE -ne 0) { Die "training: 'demo' failed" }
  $env:JAVA_TOOL_OPTIONS = "-XX:AOTMode=record -XX:AOTConfiguration=$train\switchboard.aotconf"
  & $cli --data-dir "$train\data" queue --limit 20 | Out-Null
  $rc1 = $LASTEXITCODE
  $env:JAVA_TOOL_OPTIONS = "-XX:AOTMode=create -XX:AOTConfiguration=$train\switchboard.aotconf -XX:AOTCache=$appDir\switchboard.aot"
  & $cli version | Out-Null
  $rc2 = $LASTEXITCODE
  Remove-Item Env:JAVA_TOOL_OPTIONS
  if ($rc1 -ne 0 -or $rc2 -ne 0 -or -not (Test-Path "$appDir\switchboard.aot")) { Die "training: the AOT cache could not be made" }
  foreach ($cfg in Get-ChildItem $appDir -Filter *.cfg) {
    $lines = Get-Content $cfg.FullName
    $out = foreach ($l in $lines) { $l; if ($l -eq "[JavaOptions]") { 'java-options=-XX:AOTCache=$APPDIR\switchboard.aot' } }
    Set-Content -Path $cfg.FullName -Value $out -Encoding UTF8
  }
  Remove-Item -Recurse -Force $train
  # AOTMode=on refuses to start when the cache cannot be used: proves the launcher really uses it
  $env:JAVA_TOOL_OPTIONS = "-XX:AOTMode=on"
  & $cli --data-dir (Join-Path $work "aot-check") version | Out-Null
  $rc3 = $LASTEXITCODE
  Remove-Item Env:JAVA_TOOL_OPTIONS
  if ($rc3 -ne 0) { Die "the launcher cannot use the AOT cache it was trained for" }
  # Not yet verified on Windows: the cache is valid only while the jars keep their modification times;
  # check an installed MSI with  $env:JAVA_TOOL_OPTIONS="-XX:AOTMode=on"; switchboard-cli version
}

# --- 4. installer ---
if ($Type -ne "app-image") {
  Log "jpackage: $Type"
  & "$bin\jpackage.exe" --type $Type @common --app-image $image --dest $Dest `
    --win-per-user-install --win-menu --win-menu-group $Name --win-shortcut `
    --win-upgrade-uuid $UpgradeUuid --icon $icon
  if ($LASTEXITCODE -ne 0) { Die "jpackage $Type failed" }
}
Remove-Item -Recurse -Force $work
Log "done: output in $Dest"
