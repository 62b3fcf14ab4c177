/**
 * The one-script build: registers every widget. The provider comes first so that widgets
 * upgrading after it find their context at once. Add each new widget's define here.
 */
import './provider/define.js';
import './card/define.js';
import './gallery/define.js';
import './agenda/define.js';
import './ballot/define.js';
import './results/define.js';
import './campaign-timeline/define.js';
