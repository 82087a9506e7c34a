@echo off
rem Vagus launcher for Windows.
rem   vagus                      start the workbench
rem   vagus COMMAND [ARGS...]    run a headless command
rem Needs a JDK 21 or newer: VAGUS_JAVA_HOME, then JAVA_HOME, then java on the PATH.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAVA="
if defined VAGUS_JAVA_HOME if exist "%VAGUS_JAVA_HOME%\bin\java.exe" set "JAVA=%VAGUS_JAVA_HOME%\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo vagus: no Java found. Install a JDK 21 or newer, for example Eclipse Temurin 21, and set JAVA_HOME. 1>&2
  exit /b 1
)
set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo vagus: %HERE%plugins has no Equinox launcher: the installation is incomplete 1>&2
  exit /b 1
)
if not defined VAGUS_STATE set "VAGUS_STATE=%LOCALAPPDATA%\Vagus"
set "JVM=--enable-native-access=ALL-UNNAMED -Dvagus.home="%HERE%." -Dvagus.cwd="%CD%" -Dosgi.requiredJavaVersion=21 -Dslf4j.internal.verbosity=ERROR"
set "FIRST=%~1"
if "%FIRST%"=="" goto workbench
if "%FIRST%"=="--help" goto cli
if "%FIRST%"=="-h" goto cli
if "%FIRST%"=="--version" goto cli
if "%FIRST:~0,1%"=="-" goto workbench
:cli
"%JAVA%" %JVM% -Djava.awt.headless=true -jar "%LAUNCHER%" -nosplash -application org.vagus.cli.vagus -data @none %*
exit /b %ERRORLEVEL%
:workbench
"%JAVA%" %JVM% -jar "%LAUNCHER%" -data "%VAGUS_STATE%\workspace" %*
exit /b %ERRORLEVEL%
