// electron-builder afterPack hook: flip Electron fuses so the shipped binary cannot be turned into a
// general Node runtime or debugged, and only loads the integrity-checked app.asar.
const { join } = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

const EXECUTABLE = {
  win32: (ctx) => join(ctx.appOutDir, `${ctx.packager.appInfo.productFilename}.exe`),
  linux: (ctx) => join(ctx.appOutDir, ctx.packager.executableName),
  darwin: (ctx) => join(ctx.appOutDir, `${ctx.packager.appInfo.productFilename}.app`),
};

exports.default = async function afterPack(context) {
  const platform = context.electronPlatformName;
  const executable = EXECUTABLE[platform]?.(context);
  if (!executable) throw new Error(`after-pack: unknown platform ${platform}`);
  await flipFuses(executable, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.EnableCookieEncryption]: true,
  });
};
