<#
.SYNOPSIS
  Builds the Windows installer: venv, the Dutch .qm, the frozen app, its smoke test, then ISCC.

.DESCRIPTION
  Run from anywhere, in Windows PowerShell 5.1 or PowerShell 7:
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
  Needs Python 3.11 (the `py` launcher or -Python) and Inno Setup 6 (ISCC.exe on PATH or in its
  usual folder). Leaves dist\vangnet\ (the one-folder app) and dist\vangnet-VERSION-setup.exe.

  Written on Linux; it runs on the GitHub Actions Windows runner (.github/workflows/windows.yml).
  packaging/README.md says what was and was not run on Windows.
#>
[CmdletBinding()]
param(
    # the Python that makes the venv, e.g. "py -3.11" or "C:\Python311\python.exe"
    [string]$Python = "py -3.11",
    # build and smoke-test the frozen app only, no installer
    [switch]$NoInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Native {
    # runs a program and stops the build when it fails (PowerShell does not do so by itself)
    param([string]$Program, [string[]]$Arguments)
    Write-Host ">> $Program $($Arguments -join ' ')"
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program exited $LASTEXITCODE" }
}

# --- the venv, with the app and PyInstaller ----------------------------------------------------
$VenvPython = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    $parts = $Python -split " "
    $first = $parts[0]
    $rest = @()
    if ($parts.Count -gt 1) { $rest = $parts[1..($parts.Count - 1)] }
    Invoke-Native $first ($rest + @("-m", "venv", ".venv"))
}
Invoke-Native $VenvPython @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Native $VenvPython @("-m", "pip", "install", "--quiet", "-e", ".[dist]")

# --- the Dutch translation (package data, never committed) -------------------------------------
Invoke-Native $VenvPython @("tools\translations.py", "release")

# --- the frozen app ----------------------------------------------------------------------------
if (Test-Path "dist\vangnet") { Remove-Item -Recurse -Force "dist\vangnet" }
Invoke-Native (Join-Path $Root ".venv\Scripts\pyinstaller.exe") @(
    "--noconfirm", "--log-level", "WARN", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "packaging\vangnet.spec")

# --- its smoke test ----------------------------------------------------------------------------
& (Join-Path $PSScriptRoot "smoke_test.ps1") -Dist (Join-Path $Root "dist\vangnet") -TextPython $VenvPython

if ($NoInstaller) { return }

# --- the installer -----------------------------------------------------------------------------
$Version = (& (Join-Path $Root "dist\vangnet\vangnet-cli.exe") --version).Trim() -replace "^vangnet ", ""
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "vangnet-cli --version failed" }

$Iscc = (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue | Select-Object -First 1).Source
if (-not $Iscc) {
    foreach ($candidate in @(
            "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
            "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
            "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if ($candidate -and (Test-Path $candidate)) { $Iscc = $candidate; break }
    }
}
if (-not $Iscc) { throw "Inno Setup 6 not found: install it (choco install innosetup -y)" }

Invoke-Native $Iscc @(
    "/Q",
    "/DAppVersion=$Version",
    "/DVersionNumbers=$($Version -replace '^(\d+(\.\d+){0,3}).*$', '$1')",
    "/DDistDir=$(Join-Path $Root 'dist\vangnet')",
    "/DOutputDir=$(Join-Path $Root 'dist')",
    (Join-Path $PSScriptRoot "vangnet.iss"))

$Setup = Join-Path $Root "dist\vangnet-$Version-setup.exe"
if (-not (Test-Path $Setup)) { throw "ISCC made no $Setup" }
$mb = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Write-Host "installer: $Setup ($mb MB)"
