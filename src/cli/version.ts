import { version as packageVersion } from '../../package.json';

/** The package version, printed by `precis --version`. */
export const version: string = packageVersion;
