import type { Messages } from './zh-CN';

export const en: Messages = {
  app: {
    title: 'Skill Inspector',
    subtitle: 'Renewal assessment of evaluation institutions',
    demoBadge: 'Demo data',
    demoNotice: 'This is demo data for getting to know the app. Do not use it for a real inspection.',
    loading: 'Loading…',
  },
  nav: { institutions: 'Institutions', inspections: 'Inspections', settings: 'Settings', main: 'Main navigation' },
  institutions: {
    heading: 'Institutions',
    searchLabel: 'Search institutions',
    searchPlaceholder: 'Name, credit code or filing number',
    empty: 'No institutions yet. Import a list from Excel, or load the demo data in Settings.',
    noMatch: 'No institution matches.',
    count: '{{count}} in total',
    columns: { name: 'Name', kind: 'Kind', filingNo: 'Filing no.', filingYear: 'Filing year', validTo: 'Valid to', status: 'Status' },
    kinds: { enterprise: 'Enterprise', college: 'College', socialOrg: 'Social training-evaluation org.' },
  },
  errors: { generic: 'Failed: {{message}}' },
};
