// Loaded into each Prism (`node --require`): its fd 3 is a pipe from the process that started it, which the
// system closes when that process ends, even by SIGKILL. Prism then exits instead of holding its port as an orphan.
const { Socket } = require("node:net");

const lifeline = new Socket({ fd: 3, readable: true, writable: false });
lifeline.on("data", () => {});
lifeline.on("error", () => process.exit(0));
lifeline.on("close", () => process.exit(0));
lifeline.unref();
