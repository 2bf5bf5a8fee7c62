// The shape of apis.ts, which test/packaging/packages.test.ts writes into the consumer project from the
// fixtures (test/packaging/consumer-apis.ts); declared here so that consumer.ts type-checks in this repository too.
// Each read answers [status, data] by path, then by the named operation function.
export declare const reads: Record<string, () => Promise<[number, unknown][]>>;
