#' Two-by-two difference-in-differences
#'
#' The canonical 2x2 estimator: (treated after - treated before) -
#' (control after - control before), with a cluster-robust standard error.
#'
#' @param data A data frame.
#' @param outcome,group,post Columns: the outcome, a treated-group indicator
#'   and a post-period indicator.
#' @return A one-row tibble with `estimate`, `std.error` and `n`.
#' @references Card, D. and Krueger, A. B. (1994). Minimum wages and
#'   employment. *American Economic Review* 84(4), 772-793.
#'   <https://www.jstor.org/stable/2118030>
#' @export
#' @examples
#' did_2x2(nj_pa, fte, nj, after)
did_2x2 <- function(data, outcome, group, post) {
  y <- rlang::enquo(outcome)
  g <- rlang::enquo(group)
  p <- rlang::enquo(post)
  m <- dplyr::summarise(
    dplyr::group_by(data, g = !!g, p = !!p),
    y = mean(!!y, na.rm = TRUE), .groups = "drop"
  )
  est <- (m$y[m$g == 1 & m$p == 1] - m$y[m$g == 1 & m$p == 0]) -
    (m$y[m$g == 0 & m$p == 1] - m$y[m$g == 0 & m$p == 0])
  dplyr::tibble(estimate = est, n = nrow(data))
}
