// Miscellaneous core Javascript functions for Moodle (stub saved with the page)
M.util = M.util || {};
