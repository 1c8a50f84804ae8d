public enum NumeralsPlaceholder {}
