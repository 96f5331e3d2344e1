;;; publish.el --- build the CMSC 631 site  -*- lexical-binding: t -*-
;; Run with: emacs --batch -l publish.el -f org-publish-all
(require 'ox-publish)

(setq org-html-validation-link nil
      org-html-head-include-default-style nil)

(setq org-publish-project-alist
      '(("cmsc631-pages"
         :base-directory "org"
         :base-extension "org"
         :exclude "setup\\.org"
         :publishing-directory "./public_html"
         :publishing-function org-html-publish-to-html
         :section-numbers nil
         :with-toc nil
         :html-preamble "<nav><a href=\"index.html\">Home</a> | <a href=\"schedule.html\">Schedule</a> | <a href=\"staff.html\">Staff</a></nav>")
        ("cmsc631-static"
         :base-directory "org"
         :base-extension "css\\|pdf\\|png"
         :recursive t
         :publishing-directory "./public_html"
         :publishing-function org-publish-attachment)
        ("cmsc631" :components ("cmsc631-pages" "cmsc631-static"))))

(provide 'publish)
;;; publish.el ends here
