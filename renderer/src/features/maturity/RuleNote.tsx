/** The shared rule-on-demand control; kept here so the maturity, KPI and workshop views import it as before. */
export { RuleNote } from '../../components/RuleNote';
