import { BcProjectGallery } from './project-gallery.js';

BcProjectGallery.define('bc-project-gallery');

export { BcProjectGallery };
