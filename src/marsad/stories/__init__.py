"""marsad.stories"""
