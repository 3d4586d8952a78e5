@echo off
rem cairn: the Cairn command line of an installed Cairn (cairn --help).
rem Add this folder (resources\bin in the Cairn installation) to PATH to type "cairn" anywhere.
rem It starts Cairn.exe with --cli: no window, output in this console, the command's exit code.
"%~dp0..\..\Cairn.exe" --cli %*
exit /b %ERRORLEVEL%
