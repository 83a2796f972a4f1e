import { exampleFromRecord, loadProjectExamples } from './project-examples';

describe('the project examples', () => {
  it('turn a record into a labelled Message', () => {
    const example = exampleFromRecord(
      {
        id: 'x1',
        subject: 'Lunch?',
        from: 'A@Minbzk.nl',
        to: ['b@minbzk.nl'],
        body: 'Zin in lunch?',
        attachments: ['IMG_1.jpg'],
        headers: { 'auto-submitted': 'no' },
        relevant: false,
      },
      'file.jsonl',
    );
    expect(example.relevant).toBe(false);
    expect(example.message.from).toEqual({ address: 'a@minbzk.nl' });
    expect(example.message.attachments[0]?.name).toBe('IMG_1.jpg');
    expect(example.message.headers).toEqual({ 'auto-submitted': 'no' });
  });

  it('hold both relevant and not relevant Dutch ministry mails', () => {
    const examples = loadProjectExamples();
    expect(examples.filter((e) => e.relevant === true).length).toBeGreaterThanOrEqual(50);
    expect(examples.filter((e) => e.relevant === false).length).toBeGreaterThanOrEqual(50);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
  });
});
