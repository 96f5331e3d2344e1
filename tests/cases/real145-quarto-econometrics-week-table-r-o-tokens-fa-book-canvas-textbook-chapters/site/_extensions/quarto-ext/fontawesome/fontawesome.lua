local function ensureLatexDeps()
  quarto.doc.use_latex_package("fontawesome5")
end

local function ensureHtmlDeps()
  quarto.doc.add_html_dependency({
    name = 'fontawesome6',
    version = '0.1.0',
    stylesheets = {'assets/css/all.css', 'assets/css/latex-fontsize.css'}
  })
end

return {
  ["fa"] = function(args, kwargs)
    local group = "solid"
    local icon = pandoc.utils.stringify(args[1])
    if #args > 1 then
      group = icon
      icon = pandoc.utils.stringify(args[2])
    end
    if quarto.doc.is_format("html:js") then
      ensureHtmlDeps()
      return pandoc.RawInline('html', "<i class=\"fa-" .. group .. " fa-" .. icon .. "\" aria-hidden=\"true\"></i>")
    else
      return pandoc.Null()
    end
  end
}
