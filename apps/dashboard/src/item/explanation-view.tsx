import type { ClassificationExplanation } from '@auscult/contracts';

/** Why the classifier decided what it did: the summary sentence and the rules that fired. */
export function ExplanationView({
  explanation,
  modelVersion,
}: {
  explanation: ClassificationExplanation;
  modelVersion: string;
}) {
  return (
    <section className="subsection" aria-labelledby="explanation-title">
      <h3 id="explanation-title">Why</h3>
      <p>{explanation.summary}</p>
      {explanation.rules.length > 0 && (
        <table className="rules">
          <caption className="visually-hidden">Rules that fired</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Effect</th>
              <th scope="col" className="num">
                Weight
              </th>
            </tr>
          </thead>
          <tbody>
            {explanation.rules.map((rule, index) => (
              <tr key={`${rule.rule}-${index}`}>
                <td>{rule.rule}</td>
                <td>{rule.effect}</td>
                <td className="num">{rule.weight.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">Model {modelVersion}. Highlighted phrases moved the decision.</p>
    </section>
  );
}
