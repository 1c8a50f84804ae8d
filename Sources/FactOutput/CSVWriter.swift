import FactCore
