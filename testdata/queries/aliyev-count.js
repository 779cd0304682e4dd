// How many nodes are named "Ilham Aliyev"? Plain literals match by their
// bare text; IRIs go in angle brackets.
g.V().Has("<http://schema.org/name>", "Ilham Aliyev").Count()
