print("zhfacts")
