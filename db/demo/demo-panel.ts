/**
 * The two demo inspectors (演示数据): the panel of the demo inspections, whose local signing identities sign the demo
 * report. Names are fixed so the documentation and the tests can name them.
 */
export const DEMO_INSPECTORS = [
  { name: '郭建华', role: 'lead', signerRole: 'panelLead', identityId: 'demo-inspector-1' },
  { name: '李晓宁', role: 'member', signerRole: 'panelMember', identityId: 'demo-inspector-2' },
] as const;

export type DemoInspector = (typeof DEMO_INSPECTORS)[number];
