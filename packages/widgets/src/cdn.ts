/**
 * The one-script build: registers every widget. The provider comes first so that widgets
 * upgrading after it find their context at once. Add each new resident widget's define here:
 * not the committee's console (src/admin/), which is admin.js alone.
 */
import './provider/define.js';
import './card/define.js';
import './gallery/define.js';
import './agenda/define.js';
import './ballot/define.js';
import './results/define.js';
import './campaign-timeline/define.js';
