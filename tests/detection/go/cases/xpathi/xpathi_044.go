package xpathi

import (
	"fmt"
	"net/http"
	"strconv"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
)

func CatalogHandler044(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := helpers.Param(r, "sku")
		num, err := strconv.Atoi(sku)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		safe := strconv.Itoa(num)
		expr, err := xpath.Compile(safe)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.QuerySelectorAll(doc, expr) {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
