export const MAIN: string;
export const INPUTS: string;
export function cacheDirectory(root: string, env: NodeJS.ProcessEnv): string;
export function bundlePipeline(root: string, sources: { version: string; files: Map<string, Buffer> }, cacheDir: string): Promise<string>;
