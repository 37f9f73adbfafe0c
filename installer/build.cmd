@echo off
rem Builds the Windows installer (MSI by default) into target\installer: see build.ps1 and README "Installers".
rem   installer\build.cmd [-Type msi|exe|app-image] [-Jdk DIR] [-NoAot]
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0build.ps1" %*
exit /b %ERRORLEVEL%
