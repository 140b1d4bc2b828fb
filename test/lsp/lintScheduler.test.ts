import { strict as assert } from 'node:assert';
import { LintScheduler, type RunToken } from '../../server/src/lsp/lintScheduler';

describe('lint scheduler', () => {
  const fail = (error: Error) => assert.fail(error);

  it('runs only the last of several requests for the same key', async () => {
    const scheduler = new LintScheduler(0, fail);
    const runs: string[] = [];
    await new Promise<void>((resolve) => {
      scheduler.schedule('a', () => void runs.push('first'));
      scheduler.schedule('a', () => {
        runs.push('second');
        resolve();
      });
    });
    assert.deepEqual(runs, ['second']);
  });

  it('tells a running task that a newer request made it stale', async () => {
    const scheduler = new LintScheduler(0, fail);
    let release!: () => void;
    const started = new Promise<RunToken>((resolve) => {
      scheduler.schedule('a', (token) => {
        resolve(token);
        return new Promise<void>((done) => (release = done));
      });
    });
    const token = await started;
    assert.equal(token.isCancelled, false);
    scheduler.cancel('a');
    assert.equal(token.isCancelled, true);
    release();
    scheduler.dispose();
  });

  it('hands a failing task\'s error to the error handler', async () => {
    const error = await new Promise<Error>((resolve) => {
      new LintScheduler(0, resolve).schedule('a', () => {
        throw new Error('boom');
      });
    });
    assert.equal(error.message, 'boom');
  });
});
