export declare const bin: (name: string) => string;
export declare const toolEnv: Record<string, string | undefined>;
export declare function run(command: string, args: string[], options?: { quiet?: boolean }): Promise<{ code: number; output: string }>;
export declare function withoutBanner(text: string): string;
