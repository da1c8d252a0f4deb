export { AgentSatisfaction, PortalSatisfaction } from './SatisfactionPanel';
