export const ZOOM_URL = 'https://stanford.zoom.us/j/94420187735';
export const ED_URL = 'https://edstem.org/us/courses/69984/discussion/';
export const GRADESCOPE_URL = 'https://www.gradescope.com/courses/936614';
export const CANVAS_URL = 'https://canvas.stanford.edu/courses/201877';
