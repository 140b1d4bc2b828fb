import { parentPort, workerData } from 'node:worker_threads';
import { BriefWorkspace } from './workspace';
import type { ThreadSettings } from './summaryThread';

// Reads the briefs the server asks for, with the server's settings, and answers with their summaries.
const { folders, clientSettings } = workerData as ThreadSettings;
const workspace = new BriefWorkspace({ get: () => undefined, uris: () => [] });
workspace.setFolders(folders);
workspace.setClientSettings(clientSettings);
parentPort!.on('message', (paths: string[]) => parentPort!.postMessage(paths.map((path) => workspace.readFromDisk(path))));
