; Inno Setup script: the Windows installer of the PyInstaller folder dist\crisiskaart.
; Built by the release workflow: ISCC.exe /DAppVersion=X.Y.Z packaging\windows\crisiskaart.iss
; Installs per user by default (no administrator needed on a work laptop), adds a Start-menu entry
; and opens .crisiskaart files with the editor.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F0C1D2B-7E54-4B8E-9A61-3C2F5D8E4A10}
AppName=Crisiskaart
AppVersion={#AppVersion}
AppPublisher=crisiskaart
DefaultDirName={autopf}\Crisiskaart
DefaultGroupName=Crisiskaart
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=crisiskaart-{#AppVersion}-setup
SetupIconFile=..\..\build\app\icons\crisiskaart.ico
UninstallDisplayIcon={app}\crisiskaart-editor.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\LICENSE
ChangesAssociations=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\crisiskaart\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Crisiskaart"; Filename: "{app}\crisiskaart-editor.exe"
Name: "{autodesktop}\Crisiskaart"; Filename: "{app}\crisiskaart-editor.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
Root: HKA; Subkey: "Software\Classes\.crisiskaart"; ValueType: string; ValueData: "Crisiskaart.Card"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Crisiskaart.Card"; ValueType: string; ValueData: "Crisiskaart"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Crisiskaart.Card\shell\open\command"; ValueType: string; ValueData: """{app}\crisiskaart-editor.exe"" ""%1"""

[Run]
Filename: "{app}\crisiskaart-editor.exe"; Description: "{cm:LaunchProgram,Crisiskaart}"; Flags: nowait postinstall skipifsilent
