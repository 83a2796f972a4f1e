import { inTimeSlices } from './time-slices';

describe('inTimeSlices', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reports and gives the host its turn after each 40 ms of work, and reports the rest', async () => {
    let clock = 0;
    jest.spyOn(Date, 'now').mockImplementation(() => clock);
    const log: string[] = [];
    await inTimeSlices(
      [1, 2, 3, 4, 5],
      (item) => {
        clock += 15;
        log.push(`item ${item}`);
      },
      () => log.push('report'),
      async () => void log.push('pause'),
    );
    expect(log).toEqual([
      'item 1',
      'item 2',
      'item 3',
      'report',
      'pause',
      'item 4',
      'item 5',
      'report',
    ]);
  });
});
