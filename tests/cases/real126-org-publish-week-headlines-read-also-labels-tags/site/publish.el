;;; publish.el --- build the CSCI 4470/6470 web site with ox-publish  -*- lexical-binding: t -*-

;; Usage:  emacs --batch -l publish.el -f org-publish-all
;;   or:   make          (see Makefile; `make deploy' rsyncs public_html/ to the web server)

(require 'package)
(setq package-user-dir (expand-file-name ".packages" default-directory))
(package-initialize)

(require 'ox-publish)
(require 'ox-html)

(setq org-html-validation-link nil
      org-html-head-include-scripts nil
      org-html-head-include-default-style nil
      org-html-htmlize-output-type 'css
      org-export-with-broken-links 'mark
      org-publish-timestamp-directory ".org-timestamps/")

(setq org-publish-project-alist
      `(("csci4470-pages"
         :base-directory "."
         :base-extension "org"
         :exclude "setup\\.org\\|README\\.org\\|drafts/.*"
         :publishing-directory "./public_html"
         :publishing-function org-html-publish-to-html
         :recursive t
         :section-numbers nil
         :with-toc nil
         :with-author nil
         :with-creator nil
         :time-stamp-file nil
         :html-head "<link rel=\"stylesheet\" href=\"style.css\" type=\"text/css\"/>"
         :html-preamble "<nav class=\"topnav\"><a href=\"index.html\">Home</a> · <a href=\"schedule.html\">Schedule</a> · <a href=\"staff.html\">Staff</a> · <a href=\"https://edstem.org/us/courses/71234\">Ed</a></nav>"
         :html-postamble "<footer>CSCI 4470/6470 · Spring 2025 · Northfield University</footer>")
        ("csci4470-static"
         :base-directory "."
         :base-extension "css\\|pdf\\|png\\|jpg\\|svg"
         :exclude "public_html/.*"
         :publishing-directory "./public_html"
         :recursive t
         :publishing-function org-publish-attachment)
        ("csci4470" :components ("csci4470-pages" "csci4470-static"))))

(provide 'publish)
;;; publish.el ends here
