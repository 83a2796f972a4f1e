/** `npm stop`: stops the workbenches `npm start` runs from this checkout, and only those. */
import { stopInstances, type StopOutcome } from './start-instances';

function line(outcome: StopOutcome): string {
  switch (outcome.kind) {
    case 'stopped':
      return `Bronvast-werkbank (proces ${outcome.pid}) gestopt.`;
    case 'not-running':
      return `Proces ${outcome.pid} draaide niet meer; de registratie is opgeruimd.`;
    case 'other-process':
      return `Proces ${outcome.pid} is geen Bronvast-werkbank meer (het nummer is opnieuw uitgegeven); niet gestopt, de registratie is opgeruimd.`;
    case 'unreadable':
      return `Onleesbare registratie ${outcome.file} opgeruimd.`;
  }
}

void stopInstances().then((outcomes) => {
  if (outcomes.length === 0) console.log('Er draait geen Bronvast-werkbank.');
  for (const outcome of outcomes) console.log(line(outcome));
});
