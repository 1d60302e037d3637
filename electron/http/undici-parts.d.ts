// undici's direct pool from its own file (CommonJS, `module.exports = Agent`); see dispatchers.ts.
declare module 'undici/lib/dispatcher/agent.js' {
  import { Agent } from 'undici';
  export default Agent;
}
