import { describe, expect, it } from 'vitest';
import { inSeparateTasks, type Schedule } from '../../../src/lib/tasks';

/** A scheduler that queues tasks; `runTask()` runs the next one, as the event loop would. */
function fakeTasks() {
  const queue: (() => void)[] = [];
  const schedule: Schedule = (run) => {
    queue.push(run);
    return () => {
      const i = queue.indexOf(run);
      if (i >= 0) queue.splice(i, 1);
    };
  };
  return { schedule, queue, runTask: () => queue.shift()!() };
}

describe('inSeparateTasks', () => {
  it('runs each step in a task of its own, in order, nothing before the first task', () => {
    const { schedule, queue, runTask } = fakeTasks();
    const log: string[] = [];
    inSeparateTasks([() => log.push('read'), () => log.push('draw')], schedule);
    expect(log).toEqual([]);
    expect(queue).toHaveLength(1);
    runTask();
    expect(log).toEqual(['read']);
    expect(queue).toHaveLength(1);
    runTask();
    expect(log).toEqual(['read', 'draw']);
    expect(queue).toHaveLength(0);
  });

  it('a step that throws still lets the later steps run, and its error is not swallowed', () => {
    const { schedule, runTask } = fakeTasks();
    const log: string[] = [];
    inSeparateTasks(
      [
        () => {
          throw new Error('oläsbart');
        },
        () => log.push('draw'),
      ],
      schedule,
    );
    expect(runTask).toThrow('oläsbart');
    runTask();
    expect(log).toEqual(['draw']);
  });

  it('cancel stops the steps not yet run', () => {
    const { schedule, queue, runTask } = fakeTasks();
    const log: string[] = [];
    const cancel = inSeparateTasks([() => log.push('read'), () => log.push('draw')], schedule);
    runTask();
    cancel();
    expect(queue).toHaveLength(0);
    expect(log).toEqual(['read']);
  });

  it('with the default scheduler (setTimeout), the steps run after the current task', async () => {
    const log: string[] = [];
    inSeparateTasks([() => log.push('a'), () => log.push('b')]);
    log.push('now');
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['now', 'a']);
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['now', 'a', 'b']);
  });
});
