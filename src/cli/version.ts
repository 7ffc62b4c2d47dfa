import pkg from '../../package.json';

/** The package version, printed by `precis --version`. */
export const version: string = pkg.version;
