; Inno Setup 6 script: the Vangnet installer for the office laptops.
; Built by packaging\windows\build.ps1, which passes the version and the folder made by PyInstaller:
;   ISCC.exe /DAppVersion=0.1.0 /DDistDir=C:\src\vangnet\dist\vangnet packaging\windows\vangnet.iss
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\Vangnet, the
; Start-menu entry to the user's own Start menu.
;
; Silent roll-out (IT), per user, e.g. from a logon script:
;   vangnet-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/DIR="folder"] [/TASKS=desktopicon] [/LOG="file"]
; Silent removal:
;   "%LOCALAPPDATA%\Programs\Vangnet\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; THE DATA FOLDER IS NEVER TOUCHED. Vangnet keeps the encrypted database, its backups, the key
; check and the log in %LOCALAPPDATA%\Vangnet (platformdirs.user_data_dir("Vangnet",
; appauthor=False), app/services/store.py and app/services/errors.py), and its window settings in
; HKCU\Software\Vangnet. This script installs nothing there, creates nothing there and deletes
; nothing there: uninstalling removes the program files only, so a reinstall or an update finds
; the cases as they were. tests/packaging/test_windows_install.py checks this file for it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (build.ps1 does)
#endif
#ifndef VersionNumbers
  ; Windows' version resource takes numbers only (1.2.0rc1 -> 1.2.0); build.ps1 passes them
  #define VersionNumbers AppVersion
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\vangnet"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; fixed for ever: Windows knows an installed Vangnet (and its updates) by this id
AppId={{B85DF412-373A-443F-9D56-16A7BB0A4B58}
AppName=Vangnet
AppVersion={#AppVersion}
AppVerName=Vangnet {#AppVersion}
AppPublisher=Vangnet
AppComments=Zaken, termijnen en brieven voor het convenant preventie huisuitzettingen
VersionInfoVersion={#VersionNumbers}
VersionInfoProductName=Vangnet
; per user: no UAC prompt, nothing outside the user's own profile
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Vangnet
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=vangnet-{#AppVersion}-setup
SetupIconFile=..\vangnet.ico
UninstallDisplayIcon={app}\vangnet.exe
UninstallDisplayName=Vangnet
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; an update closes a running Vangnet first (the database is safe: every change is a transaction)
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; Dutch first: the default when Windows' own language is not English
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an update replaces the program's own files; files an older version had and this one has not
; must not linger next to them (this is inside {app}, never the data folder)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; the one-folder app made by PyInstaller: vangnet.exe (the window), vangnet-cli.exe (the
; command line) and _internal\
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Vangnet"; Filename: "{app}\vangnet.exe"; WorkingDir: "{app}"; Comment: "Vangnet"
Name: "{userdesktop}\Vangnet"; Filename: "{app}\vangnet.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\vangnet.exe"; Description: "{cm:LaunchProgram,Vangnet}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete], no [Registry] and no [Dirs] section on purpose: the uninstaller removes
; exactly what [Files] and [Icons] installed, and never the data folder %LOCALAPPDATA%\Vangnet
; or the settings in HKCU\Software\Vangnet.
