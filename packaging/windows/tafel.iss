; Inno Setup 6 script for tafel: a per-user install of the PyInstaller onedir build.
;
; Build dist\tafel first (packaging\pyinstaller\tafel.spec), then from the repo root:
;   iscc /DAppVersion=0.1.0 packaging\windows\tafel.iss
; The installer is written to dist\tafel-<version>-setup.exe.

#define AppName "tafel"
#define AppExeName "tafel.exe"
; The console twin: `tafel-cli verify plan.pdf` prints (tafel.exe is windowed and cannot).
#define AppCliExeName "tafel-cli.exe"
#define AppPublisher "tafel"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; Relative paths below are relative to this script's folder.
#define DistDir "..\..\dist\tafel"
#if !FileExists(AddBackslash(SourcePath) + DistDir + "\" + AppCliExeName)
  #error dist\tafel\tafel-cli.exe is missing: build with packaging\pyinstaller\tafel.spec first
#endif

[Setup]
; Keep AppId fixed forever: Windows uses it to find the installed copy on upgrade.
AppId={{3BE89AD5-7ECD-45F0-90A7-9A3462351F43}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
; Per user, no administrator rights: %LOCALAPPDATA%\Programs\tafel.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=tafel.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
CloseApplications=yes
; .tafel opens in tafel from Explorer (see [Registry]); tell Explorer after (un)install.
ChangesAssociations=yes

[Languages]
; The first language is the default; English is offered when Windows runs in English.
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new PyInstaller build must not mix with files left by the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\{#AppCliExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Registry]
; The .tafel file type, per user (HKA is HKCU for this non-administrative install): a vault
; double-clicked in Explorer starts `tafel.exe "<path>"`, which opens the app on it.
Root: HKA; Subkey: "Software\Classes\.tafel"; ValueType: string; ValueName: ""; ValueData: "tafel.kluis"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tafel\OpenWithProgids"; ValueType: string; ValueName: "tafel.kluis"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\tafel.kluis"; ValueType: string; ValueName: ""; ValueData: "tafel-kluis"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\tafel.kluis\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\tafel.kluis\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
