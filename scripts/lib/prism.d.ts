import type { ChildProcess } from "node:child_process";
export declare function freePort(): Promise<number>;
export declare function startPrism(options: {
  spec: string;
  port: number;
  logLevel?: string;
  output?: "ignore" | "inherit";
  readyTimeoutMs?: number;
}): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }>;
