/* Moodle javascript-static.js (saved copy, trimmed) */
M.util = M.util || {};
M.util.init_collapsible_region = function(Y, id, userpref, strtooltip) {};
