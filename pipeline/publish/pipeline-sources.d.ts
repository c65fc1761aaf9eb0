export function readPipelineSources(root: string): Promise<{ version: string; files: Map<string, Buffer> }>;
