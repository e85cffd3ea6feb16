"""The Newsline web layer: models, forms, blueprints, figures."""
