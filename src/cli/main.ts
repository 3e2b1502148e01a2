import { getTimelinePosition } from '../index.js';

const [command, date] = process.argv.slice(2);
if (command === 'when' && date) console.log(getTimelinePosition(date).phase?.name);
