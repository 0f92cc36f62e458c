import pkg from '../../package.json' with { type: 'json' };

/** The package version, shown by `dag-designer --version`. */
export const CLI_VERSION: string = pkg.version;
