export { mockConfigTasks } from './mock-config-tasks.js';
export { parseMockConfigFile } from './mock-config-file.js';
export type { MockConfigFile, MockedCall, MockedResponse } from './mock-config-file.js';
