export declare function serveStatic(dir: string, port: number, host?: string): Promise<{ url: string; stop: () => Promise<void> }>;
