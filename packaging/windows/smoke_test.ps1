<#
.SYNOPSIS
  Smoke test of the frozen Windows app: the PowerShell twin of packaging/smoke_test.sh.

.DESCRIPTION
    powershell -ExecutionPolicy Bypass -File packaging\windows\smoke_test.ps1 -Dist dist\vangnet
  -Dist is a folder holding vangnet.exe and vangnet-cli.exe: the PyInstaller output, or the
  installed program (%LOCALAPPDATA%\Programs\Vangnet).

  Runs from a temporary folder with its own data folder (WIN_PD_OVERRIDE_LOCAL_APPDATA, or
  VANGNET_DB where platformdirs does not honour that), so the user's cases are never touched.
  Steps: --version, about (frozen, Dutch catalogue, SQLCipher, keyring backends, Arial for
  letters), init (passphrase), office and letterhead, contact list, import of the sample CSV,
  inbox --json, a feedback letter to PDF, a window screenshot made by the windowed vangnet.exe,
  a wrong passphrase (exit 2, one line, no traceback), and on CI a database keyed through the
  Windows Credential Manager. Prints cold-start timings and the folder's size.

  Written on Linux; run by build.ps1 and .github/workflows/windows.yml on a Windows runner.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Dist,
    # a Python with pypdfium2 (build.ps1 passes the venv's) to read the letter's text back
    [string]$TextPython = ""
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Dist = (Resolve-Path $Dist).Path
$Repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Cli = Join-Path $Dist "vangnet-cli.exe"
$Gui = Join-Path $Dist "vangnet.exe"
foreach ($exe in @($Cli, $Gui)) {
    if (-not (Test-Path $exe)) { throw "FAIL: $exe is missing; build it first (build.ps1)" }
}
$Version = ((Get-Content (Join-Path $Repo "app\__init__.py")) |
    Select-String '^__version__ = "(.*)"$').Matches[0].Groups[1].Value

$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("vangnet-smoke-" + [guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory -Path $Work, "$Work\appdata", "$Work\share", "$Work\out" | Out-Null
Copy-Item (Join-Path $Repo "tests\data\meldingen-voorbeeld.csv") "$Work\meldingen.csv"
Copy-Item (Join-Path $Repo "tests\data\contactlijst-voorbeeld.csv") "$Work\share\contactlijst.csv"
Push-Location $Work

# a world of its own (process environment only; inherited by the programs started below)
$Saved = @{}
function Set-TestEnv([string]$Name, [string]$Value) {
    if (-not $Saved.ContainsKey($Name)) { $Saved[$Name] = [Environment]::GetEnvironmentVariable($Name) }
    [Environment]::SetEnvironmentVariable($Name, $Value)
}
Set-TestEnv "WIN_PD_OVERRIDE_LOCAL_APPDATA" "$Work\appdata"
Set-TestEnv "VANGNET_DB" $null
Set-TestEnv "VANGNET_DEBUG" $null
Set-TestEnv "PYTHONPATH" $null
Set-TestEnv "PYTHONHOME" $null
Set-TestEnv "QT_QPA_PLATFORM" "offscreen"
Set-TestEnv "VANGNET_PASSPHRASE" "smoke test passphrase"
$Today = "2026-11-23"  # the sample signals are dated around it

function Restore-Env {
    foreach ($name in $Saved.Keys) { [Environment]::SetEnvironmentVariable($name, $Saved[$name]) }
}

function Fail([string]$Message) {
    Write-Host "FAIL: $Message" -ForegroundColor Red
    throw "smoke test failed: $Message"  # the finally block below restores and cleans up
}

function Join-Arguments([string[]]$Arguments) {
    # one command line, quoted the way the C runtime splits it
    ($Arguments | ForEach-Object {
        if ($_ -match '[\s"]' -or $_ -eq "") { '"' + ($_ -replace '"', '\"') + '"' } else { $_ }
    }) -join " "
}

# Run NAME EXE ARGS: output in $Work\NAME.out / .err; returns the exit code
function Run([string]$Name, [string]$Exe, [string[]]$Arguments) {
    $process = Start-Process -FilePath $Exe -ArgumentList (Join-Arguments $Arguments) `
        -RedirectStandardOutput "$Work\$Name.out" -RedirectStandardError "$Work\$Name.err" `
        -NoNewWindow -PassThru
    $null = $process.Handle  # keeps the exit code readable after the process ends
    $process.WaitForExit()
    return $process.ExitCode
}

function Read-Out([string]$Name) { (Get-Content -Raw -Encoding UTF8 "$Work\$Name.out") + "" }
function Read-Err([string]$Name) { (Get-Content -Raw -Encoding UTF8 "$Work\$Name.err") + "" }

function Expect-Ok([string]$Name, [string]$Exe, [string[]]$Arguments) {
    $code = Run $Name $Exe $Arguments
    if ($code -ne 0) { Fail "$Name exited ${code}: $(Read-Out $Name) $(Read-Err $Name)" }
    if ((Read-Err $Name) -match "Traceback") { Fail "$Name printed a traceback: $(Read-Err $Name)" }
    Write-Host "ok   $Name"
}

try {
    # --- start-up ------------------------------------------------------------------------------
    $first = Measure-Command { Expect-Ok "version" $Cli @("--version") }
    if ((Read-Out "version").Trim() -ne "vangnet $Version") {
        Fail "--version printed '$((Read-Out 'version').Trim())', not 'vangnet $Version'"
    }
    $times = @()
    foreach ($i in 1..5) {
        $times += (Measure-Command { $null = Run "version-again" $Cli @("--version") }).TotalMilliseconds
    }
    $median = ($times | Sort-Object)[2]

    Expect-Ok "about" $Cli @("about", "--json")
    $about = Read-Out "about" | ConvertFrom-Json
    if (-not $about.frozen) { Fail "about: not the frozen app" }
    if (-not $about.dutch_loaded -or $about.dutch_language -ne "nl_NL") { Fail "about: no Dutch catalogue" }
    if (-not $about.qt_dutch_loaded) { Fail "about: Qt's own Dutch did not load" }
    if (-not $about.dutch_catalogue.StartsWith($Dist, [StringComparison]::OrdinalIgnoreCase)) { Fail "about: the catalogue is not the bundle's own" }
    if (-not ($about.sqlcipher -like "4.*")) { Fail "about: no SQLCipher 4 ($($about.sqlcipher))" }
    if (-not $about.utf8_mode) { Fail "about: Python's UTF-8 mode is off" }
    if ($about.keyring.known -notcontains "Windows") { Fail "about: keyring's Windows backend is not in the bundle" }
    if ($about.letter_font -ne "arial.ttf") { Fail "about: letters use $($about.letter_font), not Arial" }
    if (-not $about.database.StartsWith($Work, [StringComparison]::OrdinalIgnoreCase)) {
        Write-Host "     platformdirs ignores WIN_PD_OVERRIDE_LOCAL_APPDATA; using VANGNET_DB"
        Set-TestEnv "VANGNET_DB" "$Work\appdata\Vangnet\vangnet.db"
    }
    Write-Host "     SQLCipher $($about.sqlcipher), Qt $($about.qt), keyring $($about.keyring.backend) (usable: $($about.keyring.usable))"

    # --- a database, the office, the contact list ------------------------------------------------
    Expect-Ok "init" $Cli @("init", "--profile", "haarlem", "--key-mode", "passphrase")
    $Db = "$Work\appdata\Vangnet\vangnet.db"
    if (-not (Test-Path $Db)) { Fail "init made no database at ${Db}: $(Read-Out 'init')" }
    $head = [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes($Db), 0, 15)
    if ($head -eq "SQLite format 3") { Fail "the database is not encrypted" }
    # a name beyond Windows-1252, through the command line, the output and the letter's font
    $Office = "Sociaal Wijkteam " + [char]0x015E + "i" + [char]0x015F + "li-Y" + [char]0x0131 + "lmaz"
    Expect-Ok "office" $Cli @("settings", "office", $Office)
    if (-not (Read-Out "office").Contains("Office name set to $Office.")) { Fail "office: $(Read-Out 'office')" }
    Expect-Ok "letterhead" $Cli @("letterhead", "--address", "Postbus 511", "--address", "2003 PB Haarlem",
        "--signer", "Marieke de Boer", "--signer-function", "teamleider")
    Expect-Ok "contacts-folder" $Cli @("contacts", "folder", "$Work\share")
    Expect-Ok "contacts-sync" $Cli @("contacts", "sync")
    if ((Read-Out "contacts-sync") -notmatch "applied as version 1") { Fail "contacts sync: $(Read-Out 'contacts-sync')" }

    # --- import, inbox, a letter -----------------------------------------------------------------
    Expect-Ok "import" $Cli @("import", "meldingen.csv", "--today", $Today)
    if ((Read-Out "import") -notmatch "imported 4 signal\(s\)") { Fail "import: $(Read-Out 'import')" }
    Expect-Ok "inbox" $Cli @("inbox", "--json", "--today", $Today)
    # ForEach-Object unrolls the array (Windows PowerShell 5.1 hands it on as one object)
    $cases = @(Read-Out "inbox" | ConvertFrom-Json | ForEach-Object { $_ })
    if ($cases.Count -ne 4) { Fail "inbox --json lists $($cases.Count) cases, not 4" }
    $caseId = [string]$cases[0].case_id
    Expect-Ok "answer" $Cli @("event", $caseId, "collection_answer", "--may-resume", "no", "--on", $Today, "--today", $Today)
    Expect-Ok "letter" $Cli @("letter", $caseId, "--kind", "feedback", "-o", "out\terugkoppeling.pdf", "--today", $Today)
    $pdf = "$Work\out\terugkoppeling.pdf"
    $bytes = [System.IO.File]::ReadAllBytes($pdf)
    $raw = [System.Text.Encoding]::ASCII.GetString($bytes)
    if (-not $raw.StartsWith("%PDF")) { Fail "the letter is not a PDF" }
    if ($raw -notmatch "\+ArialMT") { Fail "the letter does not embed Arial" }
    if ($TextPython) {
        # Python compares, so no console code page comes between the PDF's text and the check
        $read = "import sys, pypdfium2 as p; t = p.PdfDocument(sys.argv[1])[0].get_textpage()" +
            ".get_text_range(); m = [w for w in sys.argv[2:] if w not in t]; " +
            "print('missing: ' + ascii(m) if m else 'ok'); sys.exit(1 if m else 0)"
        & $TextPython -c $read $pdf "Geachte" "Haarlem, 23 november 2026" $Office
        if ($LASTEXITCODE -ne 0) { Fail "the letter's text is not as expected" }
        Write-Host "     the letter reads 'Haarlem, 23 november 2026', 'Geachte ...' and the office"
    }

    # --- the window, from the windowed vangnet.exe ----------------------------------------------
    $shot = Measure-Command {
        $process = Start-Process -FilePath $Gui -ArgumentList (Join-Arguments @(
                "gui", "--screenshot", "$Work\out\inbox.png", "--today", $Today)) -PassThru
        $null = $process.Handle
        $process.WaitForExit()
        if ($process.ExitCode -ne 0) { Fail "vangnet.exe gui --screenshot exited $($process.ExitCode)" }
    }
    $png = "$Work\out\inbox.png"
    if (-not (Test-Path $png)) { Fail "no screenshot" }
    $pngBytes = (Get-Item $png).Length
    if ($pngBytes -lt 20000) { Fail "the screenshot is only $pngBytes bytes" }
    Write-Host "ok   screenshot ($pngBytes bytes)"
    if ($env:SMOKE_KEEP) {
        New-Item -ItemType Directory -Force -Path $env:SMOKE_KEEP | Out-Null
        Copy-Item $png, $pdf $env:SMOKE_KEEP
    }

    # --- a wrong passphrase: exit 2, one English line, no traceback -----------------------------
    Set-TestEnv "VANGNET_PASSPHRASE" "not the passphrase at all"
    $code = Run "wrong" $Cli @("inbox")
    Set-TestEnv "VANGNET_PASSPHRASE" "smoke test passphrase"
    $err = (Read-Err "wrong").TrimEnd()
    if ($code -ne 2) { Fail "a wrong passphrase exited $code, not 2: $err" }
    if (@($err -split "`r?`n").Count -ne 1) { Fail "a wrong passphrase printed more than one line: $err" }
    if (-not $err.StartsWith("The passphrase is wrong for ")) { Fail "unexpected message: $err" }
    Write-Host "ok   wrong passphrase -> exit 2: $err"

    # --- the Windows Credential Manager (CI only: it leaves an entry for a temporary path) --------
    if ($env:CI -eq "true" -and $about.keyring.usable) {
        Set-TestEnv "VANGNET_PASSPHRASE" $null
        Set-TestEnv "VANGNET_DB" "$Work\keyring\vangnet.db"
        Expect-Ok "keyring-init" $Cli @("init", "--key-mode", "keyring")
        if ((Read-Out "keyring-init") -notmatch "RECOVERY KEY") { Fail "keyring init showed no recovery key" }
        Expect-Ok "keyring-open" $Cli @("inbox", "--json")
        Write-Host "     opened with the key from $($about.keyring.backend)"
    }
    elseif ($env:CI -eq "true") {
        Write-Host "     keyring not usable on this runner: $($about.keyring.reason)"
    }

    # --- figures ---------------------------------------------------------------------------------
    $files = Get-ChildItem -Recurse -File $Dist
    $mb = [math]::Round(($files | Measure-Object -Sum Length).Sum / 1MB)
    Write-Host ""
    Write-Host "frozen app:        $Dist ($mb MB, $($files.Count) files)"
    Write-Host ("--version:         first {0:N0} ms, median of 5 more {1:N0} ms" -f $first.TotalMilliseconds, $median)
    Write-Host ("gui --screenshot:  {0:N0} ms (start, unlock, inbox, render, exit)" -f $shot.TotalMilliseconds)
    Write-Host "SMOKE TEST PASSED"
}
finally {
    if ((Get-Location).Path -eq $Work) { Pop-Location }
    Restore-Env
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}
